import type { registerZh } from './register.zh';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The register's pages in English, with the same keys as the Chinese (the compiler checks none is missing). */
export const registerEn: Shape<typeof registerZh> = {
  register: {
    nav: {
      terms: 'Terms to chase', grading: 'Grading rounds', assessments: 'My assessments', grades: 'Evaluation grades', transfers: 'Function transfers',
      civilAffairs: 'Civil affairs', hostUnits: 'Host units and import', expertAccounts: 'Expert accounts',
    },
    done: '{{action}}: done', confirm: 'Confirm', reason: 'Reason', approve: 'Approve', refuse: 'Refuse', remove: 'Remove',
    new: { founding: 'Founding application', transfer: 'Transfer in', existing: 'Enter a registered society' },
    lifecycle: {
      title: 'Steps', submission: 'Submit application', submissionConfirm: 'Once submitted the association reviews it and the draft can no longer be edited. Submit?',
      foundingApplication: 'Edit founding application', preApproval: 'Pre-approve (supervisory unit)',
      preApprovalConfirm: 'Civil affairs registers it next. Pre-approve?', return: 'Return application', returnReason: 'Why it is returned',
      joining: 'Approve joining', joiningConfirm: 'The society becomes a member. Approve?', secretariat: 'Edit secretariat details',
      partyOrganisation: 'Party organisation', establishedOn: 'Party organisation set up on', partyMembers: 'Party members', healthTier: 'Rate activity',
      resolution: 'Resolution to dissolve', resolutionReason: 'The resolution', liquidation: 'Liquidation done', liquidationConfirm: 'Has the society finished its liquidation?',
      consent: 'Consent to deregistration', consentConfirm: 'Civil affairs deregisters it next. Consent?', correction: 'Correct registered details', correctionReason: 'Why it is corrected',
    },
    terms: {
      record: 'Record current term', plan: 'Re-election plan', postpone: 'Request postponement', decide: 'Decide postponement', result: 'Election result',
      position: 'Position', workplace: 'Workplace', addLeader: 'Add a leader', notes: 'Plan notes', electedOn: 'Elected on',
      postponement: 'Postponement', requested: 'Requested until {{until}}: {{reason}}', overdue: 'Overdue', due: 'Ending soon',
      within: 'Ending within', P3M: '3 months', P6M: '6 months', P1Y: '1 year', daysOverdue: 'Days overdue', planSubmittedOn: 'Plan submitted on',
    },
    accounts: {
      invite: 'Invite secretariat account', inviteHint: 'The address receives a mail to set the password (valid 3 days).', disable: 'Disable',
      disableConfirm: 'The account is signed out at once. Disable?', remove: 'Remove', removeConfirm: 'Remove this account?',
      oneTime: 'One-time password', oneTimeConfirm: 'Issue a new one-time password? It must be changed at first sign-in.', oneTimeOnce: 'Shown this once only: tell the person in person or by phone.',
      username: 'Username', password: 'Password', signIn: 'Sign-in address', mailed: 'Invitation mailed', grant: 'Grant expert account', expert: 'Expert',
      roles: 'Roles', grantedAt: 'Granted', revoke: 'Revoke {{role}}', revokeConfirm: 'The account is signed out at once. Revoke?',
    },
    grading: {
      tab: 'Grading', openRound: 'Open a round', roundName: 'Round', closesOn: 'Applications close', noticeCloses: 'Notice closes',
      eligibility: 'Eligibility', eligible: 'Eligible', basis: 'Basis', reasons: 'Reasons', round: 'Round',
      assign: 'Assign assessor', assignHint: 'Assign an assessor to “{{society}}”; one who must stand aside is refused with the reason.',
      scoring: 'Close applications, start scoring', scoringConfirm: 'No more applications after this. Start scoring?', notice: 'Put on public notice',
      noticePeriod: 'Notice period', noticePeriodHint: 'ISO 8601 duration, e.g. P7D for seven days', confirm: 'Confirm grades',
      confirmConfirm: 'The grades and their certificates are issued. Confirm?', self: 'Self-assessment', selfTotal: 'Self-assessed', assessor: 'Assessor',
      assessors: 'Assessors', points: 'Points', score: 'Score', level: 'Grade', reject: 'Reject', apply: 'Apply for grading',
      statement: 'Statement', applications: 'Applications of this society', submittedAt: 'Submitted', withdraw: 'Withdraw',
      withdrawConfirm: 'Withdraw this application?', mayApply: 'May apply ({{basis}})', mayNotApply: 'May not apply now',
      certificate: 'Certificate (PDF)', lower: 'Lower', revoke: 'Revoke', awardedOn: 'Awarded', validUntil: 'Valid until',
      certificateNumber: 'Certificate no.', minimumLevel: 'At least', application: 'Application', assignedAt: 'Assigned', scoreIt: 'Score',
      recuse: 'Stand aside', basicConditions: 'Basic conditions', internalGovernance: 'Internal governance', workPerformance: 'Work performance',
      socialEvaluation: 'Social evaluation', partyBuilding: 'Party building',
    },
    level: { AAAAA: '5A', AAAA: '4A', AAA: '3A', AA: '2A', A: '1A' },
    inspections: {
      scheduleTab: 'Schedule', schedule: 'Inspection round {{year}}', opensOn: 'Opens on', custom: 'Set by ADMIN',
      setSchedule: 'Change dates', scheduleHint: 'Societies still owing the report, or waiting for forwarding, are told the new deadline at once.',
      open: 'Open the {{year}} round', openConfirm: 'Opens the year for every active society (those registered under six months are exempt). Open?',
      opened: '{{opened}} opened ({{exempt}} exempt), {{already}} open already', deadlineCheck: 'Check deadlines now',
      checked: '{{marked}} marked missed, {{late}} late for forwarding', late: 'Late for forwarding', lateOn: 'Late on',
    },
    standing: {
      DRAFTED: 'To decide', CONFIRMED: 'Confirmed', DISMISSED: 'Dismissed', confirm: 'Confirm disqualification', dismiss: 'Dismiss',
      confirmHint: '“{{society}}” loses its membership and its secretariat accounts are disabled.', decided: 'Decision', evaluate: 'Evaluate now',
    },
    civil: {
      inbox: 'Inbox', dispatches: 'Dispatches', receivedAt: 'Received', kind: 'Kind', messageId: 'Message id', error: 'Problem',
      createdAt: 'Created', attempts: 'Attempts', sentAt: 'Sent / next attempt', resend: 'Resend',
    },
    hostUnits: {
      add: 'Add host unit', rename: 'Rename unit', renameHint: 'Its societies follow the new name.', from: 'Old name', to: 'New name',
      import: 'Import societies (xlsx)', importHint: 'The columns of the export; one bad row imports nothing, and every row\u2019s problem is listed.',
      choose: 'Choose file', upload: 'Import', imported: '{{count}} societies imported', row: 'Row', field: 'Field', problem: 'Problem',
    },
    transfers: {
      award: 'Award a project', kind: 'Kind', FUNCTION_TRANSFER: 'Function transfer', PURCHASED_SERVICE: 'Purchased service', title: 'Project',
      bureau: 'Commissioning bureau', function: 'Function or service', amount: 'Contract amount (yuan)', startsOn: 'Starts', endsOn: 'Ends',
      awardedOn: 'Awarded', candidatesHint: 'Only societies graded 3A or above without exclusions; the others show why not.', milestone: 'Milestone',
      dueOn: 'Due', completedOn: 'Completed', complete: 'Complete', addMilestone: 'Add milestone', outcome: 'Outcome', deliver: 'Deliver outcome',
      deliveredOn: 'Delivered', evaluate: 'Bureau\u2019s evaluation', rating: 'Rating', terminate: 'Terminate',
      EXCELLENT: 'Excellent', GOOD: 'Good', PASSED: 'Passed', FAILED: 'Failed',
    },
  },
  enum: {
    SCORING: 'Scoring', ON_NOTICE: 'On notice', PROPOSED: 'Grade proposed', GRADED: 'Graded', NOT_GRADED: 'Not graded', RECUSED: 'Stood aside',
    IN_FORCE: 'In force', LAPSED: 'Lapsed', EXPIRED: 'expired', REVOKED: 'revoked', SUPERSEDED: 'superseded', APPLIED: 'Applied', WAITING: 'Waiting',
    SENT: 'Sent', FAILED: 'Failed', REGISTRATION: 'Registration', INSPECTION_OUTCOME: 'Inspection outcome', DEREGISTRATION: 'Deregistration',
    PRE_APPROVAL: 'Pre-approval', ANNUAL_REPORT: 'Annual report', DEREGISTRATION_CONSENT: 'Deregistration consent', FIRST_GRADING: 'First grading',
    GRADE_LAPSED: 'Grade lapsed', GRADE_EXPIRING: 'Grade expiring', REGRADING: 'Regrading', AWARDED: 'Running', DELIVERED: 'Delivered',
    EVALUATED: 'Evaluated', TERMINATED: 'Terminated', REFUSED: 'Refused', DISABLED: 'Disabled', REMOVED: 'Removed',
    RESOLVED: 'Resolved', LIQUIDATED: 'Liquidated', CONSENTED: 'Consented',
  },
};
