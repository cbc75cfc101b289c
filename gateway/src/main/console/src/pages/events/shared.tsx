import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

import { call, society } from '../../api/client';

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONE = 'Asia/Shanghai';

/** `2027-03-15T09:00` as the association reads it (Asia/Shanghai) → the UTC instant the services store. */
export function fromShanghai(local?: string | null): string | undefined {
  return local ? dayjs.tz(local, ZONE).utc().format('YYYY-MM-DDTHH:mm:ss[Z]') : undefined;
}

/** A UTC instant → `2027-03-15T09:00` in Asia/Shanghai, the value of a `datetime-local` input. */
export function toShanghai(instant?: string | null): string | undefined {
  return instant ? dayjs(instant).tz(ZONE).format('YYYY-MM-DDTHH:mm') : undefined;
}

/**
 * When a deadline passes. A day's deadline passes at the end of that day in Asia/Shanghai, i.e. at
 * 00:00 of the next: shown as `2027-03-31 24:00`, the way a notice says it, not as the next day.
 */
export function dueLabel(instant?: string | null): string {
  if (!instant) return '';
  const local = dayjs(instant).tz(ZONE);
  return local.format('HH:mm:ss') === '00:00:00' ? `${local.subtract(1, 'day').format('YYYY-MM-DD')} 24:00` : local.format('YYYY-MM-DD HH:mm');
}

/** This year on the association's calendar, whatever the browser's zone. */
export function shanghaiYear(): number {
  return dayjs().tz(ZONE).year();
}

/** Active societies to pick from (ADMIN names the society a plan line or event belongs to). */
export function SocietySelect(props: SelectProps) {
  const { data, isFetching } = useQuery({
    queryKey: ['active-societies'],
    staleTime: 300_000,
    queryFn: () =>
      call(society.GET('/api/societies', { params: { query: { filter: { status: 'ACTIVE' }, page: { page: 0, size: 500, sort: ['name'] } } } })),
  });
  return (
    <Select
      showSearch
      allowClear
      optionFilterProp="label"
      loading={isFetching}
      style={{ minWidth: 200 }}
      options={(data?.content ?? []).map((s) => ({ value: s.id, label: s.name }))}
      {...props}
    />
  );
}

export const EVENT_KINDS = ['ANNUAL_MEETING', 'FORUM', 'LECTURE', 'TRAINING', 'OUTREACH', 'CONGRESS'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
