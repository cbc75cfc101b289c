import type { eventsZh } from './events.zh';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English for the events, publicity, reminders and operations pages (same keys as the Chinese). */
export const eventsEn: Shape<typeof eventsZh> = {
  group: { ops: 'Operations' },
  enum: { ADMITTED: 'Admitted', WAITING: 'Waiting', CANCELLED: 'Cancelled' },
  events: {
    nav: {
      inbox: 'My reminders', mySite: 'Our sub-site', sites: 'Sub-sites', columns: 'Columns and campaigns', reportTemplate: 'Report template',
      deadlines: 'Deadlines', mail: 'Reminder mail', deadLetters: 'Dead letters', jobs: 'Scheduled jobs',
    },
    kind: {
      ANNUAL_REPORT: 'Annual work report', INSPECTION_FORWARDING: 'Pre-review and forwarding', TERM_PLAN: 'Re-election plan', TERM_ELECTION: 'Term ends: re-election',
      GRANT_REPORT: 'Grant final report', AWARD_NOTICE: 'Public notice ends', EVALUATION_ROUND: 'Grading round', REVIEW_ASSIGNMENT: 'Review assignment',
    },
    eventKind: { ANNUAL_MEETING: 'Annual meeting', FORUM: 'Forum', LECTURE: 'Lecture', TRAINING: 'Training course', OUTREACH: 'Science outreach', CONGRESS: 'Members’ congress' },
    inbox: {
      badge: 'My reminders: {{count}} unread', show: 'Show', unreadOnly: 'Unread only', kind: 'Deadline', title: 'Title', createdAt: 'Reminded at',
      dueAt: 'Due', stageTitle: 'Stage', stageDays: 'due within {{count}} days', stage: { MISSED: 'Missed' }, unread: 'Unread',
      markRead: 'Mark read', readAt: 'read {{at}}', readAll: 'Mark all read', marked: 'Marked read', markedAll: '{{count}} marked read',
      go: 'Go there', preferences: 'How I am reminded', email: 'By mail', emailHint: 'Off: reminders stay in the inbox only',
      digest: 'Daily digest', digestHint: "The day's reminder mails as one, sent at 08:00", muted: 'No reminders of',
    },
    reminders: {
      runNow: 'Check reminders now', deliverNow: 'Send due mail now', audience: 'Audience', metAt: 'Met at', producer: 'Announced by', asOf: 'As of',
      recipient: 'Recipient', address: 'Address', subject: 'Subject', attempts: 'Attempts', nextAttempt: 'Next attempt', sentAt: 'Sent at',
      lastError: 'Last error', retry: 'Retry', retried: 'Queued again',
      state: { OPEN: 'Open', MET: 'Met', CANCELLED: 'Cancelled', PENDING: 'Pending', HELD: 'Held for digest', SENT: 'Sent', FAILED: 'Failed' },
      audienceKind: { SOCIETY: 'Secretariat', EXPERT: 'Expert', ADMIN: 'ADMIN' },
      run: { deadlines: 'Deadlines checked', notices: 'Notices', mails: 'Mails', escalations: 'Escalations', failed: 'Failed' },
    },
    ops: {
      service: 'Service', services: { society: 'Societies', funding: 'Funding', expert: 'Experts', event: 'Events', publicity: 'Publicity' },
      deadLettersHint: 'Messages a service refused, with the reason; once the cause is fixed, replay one onto its original topic.', failedAt: 'Failed at', topic: 'Original topic', consumer: 'Consumer',
      reason: 'Reason', key: 'Key', replay: 'Replay', replayed: 'Replayed', noDeadLetters: 'No dead letters',
      job: 'Job', limit: 'Rows', startedAt: 'Started', finishedAt: 'Finished', instance: 'Instance', outcome: 'Outcome', summary: 'Summary',
    },
    plan: {
      add: 'Add a planned event', edit: 'Edit', order: 'Order', month: 'Month {{month}}', partners: 'Partners', average: '{{average}} ({{count}} ratings)',
      scale: '1 lowest, 5 highest', unrated: 'Not rated', recused: 'Recused', rate: 'Rate importance', rated: 'Rating saved', comment: 'Comment', brand: 'Brand as academic hall',
      branded: 'Branded as {{label}}', deadline: 'Plans for {{year}}: deadline', dueOn: 'Due on {{dueOn}} (inclusive, Beijing time)',
      notOpen: 'Not open yet (ADMIN has set no deadline)', setDeadline: 'Deadline', filed: 'Planned event filed',
    },
    event: {
      new: 'New event', edit: 'Edit event', record: 'Event', coOrganisers: 'Co-organisers', titleEn: 'English title',
      startsAt: 'Starts (Beijing time)', endsAt: 'Ends (Beijing time)', plan: 'Line of the yearly plan', planHint: "One of the organiser's planned events (optional)",
      planOption: 'Month {{month}} · {{title}}', city: 'City', mode: 'Registration', modes: { PUBLIC: 'Open to the public', INVITATION: 'By invitation code' },
      description: 'Description', speakers: 'Speakers', speakerName: 'Name', speakerTitle: 'Title', speakerEmployer: 'Employer',
      speakerTopic: 'Topic', addSpeaker: 'Add a speaker', removeSpeaker: 'Remove speaker', subForums: 'Sub-forums', subForum: 'Sub-forum {{n}}',
      addSubForum: 'Add a sub-forum', removeSubForum: 'Remove sub-forum {{n}}', publish: 'Publish', published: 'Event published', markHeld: 'Record as held',
      held: 'Recorded as held', cancel: 'Cancel event', cancelled: 'Event cancelled', reason: 'Reason', publicRecord: "On the society's sub-site",
      name: 'Name', organisation: 'Organisation', phone: 'Phone', registeredAt: 'Registered', waiting: ' (no. {{n}})',
      searchRegistrations: 'Name, organisation or ticket', certificate: 'Certificate', certificatePdf: 'PDF', invitations: 'Invitations',
      invitee: 'Invitee', invite: 'Make a code', code: 'Code', invitedAt: 'Invited at', invitedBy: 'Invited by',
      admitted: 'Admitted', mainHall: 'Main hall', beneficiaries: 'Beneficiaries', note: 'Note',
    },
    article: {
      edit: 'Edit article', campaign: 'Campaign', channels: 'Channels',
      channel: { PLATFORM: 'Society platform', NEWSPAPER: 'Jining Daily', TV: 'Jining TV', NEWS_SITE: 'Jining news site' },
    },
    columns: {
      columns: 'Columns', campaigns: 'Campaigns', addColumn: 'Add a column', rename: 'Edit', builtIn: 'built in', position: 'Order',
      description: 'Description', kind: 'Kind', startsOn: 'Starts on', endsOn: 'Ends on', addCampaign: 'Add a campaign',
      kinds: { MEMBER_DAY: 'Members’ day', SCIENCE_DAY: 'Science workers’ day', SCIENCE_WEEK: 'Science week', OTHER: 'Other' },
    },
    site: {
      title: '{{name}}: sub-site', open: 'Open the sub-site', board: 'Display board (PDF)', allBoards: "All societies' boards (PDF)", profile: 'Introduction',
      introduction: 'About the society', features: 'Distinctive work', contact: 'Contact', saved: 'Introduction saved', visits: 'Page views in {{year}}',
      views: 'Views', previousViews: 'Year before', change: 'Change', allViews: 'All page views', openedAt: 'Opened', updatedAt: 'Updated',
      news: 'Sub-site news', allNews: 'All news',
    },
    report: {
      template: 'Template', body: 'Template text', bodyHint: 'Refer to figures as {{figure}}; click a placeholder to insert it',
      placeholders: 'Placeholders', placeholder: 'Placeholder', meaning: 'Meaning', insert: 'Insert {{key}}', updated: 'Last changed by {{by}}, {{at}}',
      downloadHint: "The report is made from the chosen year's figures and the current template.",
    },
  },
};
