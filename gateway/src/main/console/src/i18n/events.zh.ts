/** 活动、宣传、提醒与运维页面的中文（默认）。`events.*` 之外只补充分组 `group.ops` 和状态 `enum.*`。 */
export const eventsZh = {
  group: { ops: '运维' },
  enum: { ADMITTED: '已录取', WAITING: '候补', CANCELLED: '已取消' },
  events: {
    nav: {
      inbox: '我的提醒', mySite: '本学会子站', sites: '学会子站', columns: '栏目与宣传活动', reportTemplate: '年度报告模板',
      deadlines: '截止事项', mail: '提醒邮件', deadLetters: '死信', jobs: '定时任务',
    },
    kind: {
      ANNUAL_REPORT: '年检年度工作报告', INSPECTION_FORWARDING: '初审并报送民政', TERM_PLAN: '换届方案', TERM_ELECTION: '任期届满换届',
      GRANT_REPORT: '资助项目结项报告', AWARD_NOTICE: '公示期结束', EVALUATION_ROUND: '等级评估', REVIEW_ASSIGNMENT: '评审任务',
    },
    eventKind: { ANNUAL_MEETING: '学术年会', FORUM: '学术论坛', LECTURE: '学术讲座', TRAINING: '培训班', OUTREACH: '科普活动', CONGRESS: '会员代表大会' },
    inbox: {
      badge: '我的提醒：{{count}} 条未读', show: '显示', unreadOnly: '仅未读', kind: '事项', title: '标题', createdAt: '提醒时间',
      dueAt: '截止时间', stageTitle: '提醒阶段', stageDays: '{{count}} 天内截止', stage: { MISSED: '已逾期' }, unread: '未读',
      markRead: '标为已读', readAt: '{{at}} 已读', readAll: '全部标为已读', marked: '已标为已读', markedAll: '已将 {{count}} 条标为已读',
      go: '前往办理', preferences: '提醒方式', email: '邮件提醒', emailHint: '关闭后只在平台内提醒',
      digest: '每日汇总', digestHint: '当天的提醒邮件合并为一封，于早上 8 点发送', muted: '不提醒的事项',
    },
    reminders: {
      runNow: '立即检查提醒', deliverNow: '立即发送到期邮件', audience: '提醒对象', metAt: '完成时间', producer: '来源服务', asOf: '更新时间',
      recipient: '收件人', address: '邮箱', subject: '主题', attempts: '尝试次数', nextAttempt: '下次尝试', sentAt: '发送时间',
      lastError: '最近错误', retry: '重新发送', retried: '已重新排队发送',
      state: { OPEN: '未完成', MET: '已完成', CANCELLED: '已取消', PENDING: '待发送', HELD: '待汇总', SENT: '已发送', FAILED: '发送失败' },
      audienceKind: { SOCIETY: '学会秘书处', EXPERT: '专家', ADMIN: '管理员' },
      run: { deadlines: '检查事项', notices: '站内提醒', mails: '邮件', escalations: '逾期上报', failed: '失败' },
    },
    ops: {
      service: '服务', services: { society: '学会服务', funding: '经费服务', expert: '专家服务', event: '活动服务', publicity: '宣传服务' },
      deadLettersHint: '各服务拒收的消息及原因；排除原因后可重新投递到原主题。', failedAt: '失败时间', topic: '原主题', consumer: '消费者',
      reason: '原因', key: '键', replay: '重新投递', replayed: '已重新投递', noDeadLetters: '没有死信',
      job: '任务', limit: '条数', startedAt: '开始', finishedAt: '结束', instance: '实例', outcome: '结果', summary: '摘要',
    },
    plan: {
      add: '添加计划活动', edit: '修改', order: '排序', month: '{{month}} 月', partners: '合作单位', average: '{{average}}（{{count}} 人评）',
      scale: '1 最低，5 最高', unrated: '未评', recused: '回避', rate: '评重要程度', rated: '评分已保存', comment: '评语', brand: '列为学术会堂',
      branded: '已列为{{label}}', deadline: '{{year}} 年度计划报送截止', dueOn: '截止日期：{{dueOn}}（含当日，北京时间）',
      notOpen: '尚未开放报送（管理员未设截止日期）', setDeadline: '截止日期', filed: '计划活动已报送',
    },
    event: {
      new: '新建活动', edit: '修改活动', record: '活动信息', coOrganisers: '协办学会', titleEn: '英文名称',
      startsAt: '开始时间（北京时间）', endsAt: '结束时间（北京时间）', plan: '对应年度计划', planHint: '从本学会的年度计划中选择（可不选）',
      planOption: '{{month}} 月 · {{title}}', city: '城市', mode: '报名方式', modes: { PUBLIC: '公开报名', INVITATION: '凭邀请码' },
      description: '活动介绍', speakers: '报告人', speakerName: '姓名', speakerTitle: '职称', speakerEmployer: '单位',
      speakerTopic: '报告题目', addSpeaker: '添加报告人', removeSpeaker: '删除报告人', subForums: '分论坛', subForum: '分论坛 {{n}}',
      addSubForum: '添加分论坛', removeSubForum: '删除分论坛 {{n}}', publish: '发布', published: '活动已发布', markHeld: '确认已举办',
      held: '已记录为已举办', cancel: '取消活动', cancelled: '活动已取消', reason: '取消原因', publicRecord: '在学会子站查看',
      name: '姓名', organisation: '单位', phone: '电话', registeredAt: '报名时间', waiting: '（第 {{n}} 位）',
      searchRegistrations: '姓名、单位或票号', certificate: '参会证明', certificatePdf: '下载 PDF', invitations: '邀请',
      invitee: '被邀请人', invite: '生成邀请码', code: '邀请码', invitedAt: '邀请时间', invitedBy: '邀请人',
      admitted: '已录取', mainHall: '主会场', beneficiaries: '受益人数', note: '说明',
    },
    article: {
      edit: '修改稿件', campaign: '宣传活动', channels: '刊发渠道',
      channel: { PLATFORM: '学会信息服务平台', NEWSPAPER: '济宁日报', TV: '济宁电视台', NEWS_SITE: '济宁新闻网' },
    },
    columns: {
      columns: '栏目', campaigns: '宣传活动', addColumn: '添加栏目', rename: '修改', builtIn: '内置', position: '顺序',
      description: '说明', kind: '类型', startsOn: '开始日期', endsOn: '结束日期', addCampaign: '添加宣传活动',
      kinds: { MEMBER_DAY: '会员日', SCIENCE_DAY: '科技工作者日', SCIENCE_WEEK: '科技活动周', OTHER: '其他' },
    },
    site: {
      title: '{{name}} 子站', open: '打开子站', board: '下载展板（PDF）', allBoards: '全部学会展板（PDF）', profile: '子站介绍',
      introduction: '学会简介', features: '特色工作', contact: '联系方式', saved: '子站介绍已保存', visits: '{{year}} 年访问量',
      views: '访问量', previousViews: '上年同期', change: '同比', allViews: '平台总访问量', openedAt: '开通时间', updatedAt: '更新时间',
      news: '子站新闻', allNews: '全部新闻',
    },
    report: {
      template: '报告模板', body: '模板正文', bodyHint: '用 {{figure}} 形式的占位符引用年度数据；点击右侧占位符插入',
      placeholders: '可用占位符', placeholder: '占位符', meaning: '含义', insert: '插入 {{key}}', updated: '最近修改：{{by}}，{{at}}',
      downloadHint: '报告按所选年度的数据和当前模板生成。',
    },
  },
};
