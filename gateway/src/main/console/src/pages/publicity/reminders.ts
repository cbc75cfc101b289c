import type { TFunction } from 'i18next';

/** Deadline kinds the services announce (README "Reminders"); a kind added later is shown as it is. */
export const DEADLINE_KINDS = [
  'ANNUAL_REPORT', 'INSPECTION_FORWARDING', 'TERM_PLAN', 'TERM_ELECTION', 'GRANT_REPORT', 'AWARD_NOTICE', 'EVALUATION_ROUND',
] as const;

export function kindLabel(t: TFunction, kind?: string | null): string {
  return kind ? t(`events.kind.${kind}`, { defaultValue: kind }) : '';
}

/** `P7D` → "7 天内截止", `MISSED` → "已逾期". */
export function stageLabel(t: TFunction, stage?: string | null): string {
  if (!stage) return '';
  const days = /^P(\d+)D$/.exec(stage)?.[1];
  return days ? t('events.inbox.stageDays', { count: Number(days) }) : t(`events.inbox.stage.${stage}`, { defaultValue: stage });
}

/**
 * A deadline's link is the API path of the thing due (`/api/societies/{id}/terms`); the console page
 * that shows it, where there is one.
 */
export function consolePath(link?: string | null): string | undefined {
  if (!link) return undefined;
  const society = /^\/api\/societies\/([0-9a-f-]{36})(?:\/(\w+))?/.exec(link);
  if (society) {
    const tab = { inspections: 'inspections', terms: 'terms', activity: 'activity' }[society[2] ?? ''];
    return `/societies/${society[1]}${tab ? `?tab=${tab}` : ''}`;
  }
  if (link.startsWith('/api/societies/inspections')) return '/inspections';
  if (link.startsWith('/api/funding/')) return '/funding/applications';
  if (link.startsWith('/api/awards') || link.startsWith('/api/experts')) return '/awards';
  return undefined;
}
