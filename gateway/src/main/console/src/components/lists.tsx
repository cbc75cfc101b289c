import { Button, Space, Tag, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

import { download } from '../api/client';
import { ProblemAlert } from './ProblemAlert';

/** A page of a list as every service answers it (Spring's PagedModel). */
export interface Paged<T> {
  content?: T[];
  page?: { size?: number; number?: number; totalElements?: number; totalPages?: number };
}

const PAGING = new Set(['page', 'size', 'sort']);

/**
 * A list's filters, page, size and sort, kept in the address (so a list can be linked, reloaded
 * and gone back to) and handed to the API as its own `page`, `size` and `sort` parameters.
 */
export function useListParams(defaults: { size?: number; sort?: string } = {}) {
  const [params, setParams] = useSearchParams();
  const filters: Record<string, string> = {};
  params.forEach((value, key) => {
    if (!PAGING.has(key)) filters[key] = value;
  });
  const page = Number(params.get('page') ?? 0);
  const size = Number(params.get('size') ?? defaults.size ?? 20);
  const sort = params.get('sort') ?? defaults.sort;

  const update = (next: Record<string, string | number | undefined>) => {
    const merged = new URLSearchParams(params);
    Object.entries(next).forEach(([k, v]) => (v === undefined || v === '' ? merged.delete(k) : merged.set(k, String(v))));
    setParams(merged);
  };

  return {
    filters,
    query: { page, size, sort: sort ? [sort] : undefined },
    setFilters: (values: Record<string, unknown>) => {
      const next = new URLSearchParams();
      Object.entries(values).forEach(([k, v]) => {
        if (v !== undefined && v !== null && v !== '') next.set(k, String(v));
      });
      if (params.get('size')) next.set('size', params.get('size')!);
      if (params.get('sort')) next.set('sort', params.get('sort')!);
      setParams(next);
    },
    onTableChange: <R,>(pagination: TablePaginationConfig, _f: unknown, sorter: SorterResult<R> | SorterResult<R>[]) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = s?.columnKey ?? s?.field;
      update({
        page: (pagination.current ?? 1) - 1,
        size: pagination.pageSize,
        sort: s?.order && field ? `${String(field)},${s.order === 'ascend' ? 'asc' : 'desc'}` : undefined,
      });
    },
    sortOrderOf: (field: string) => {
      if (!sort) return null;
      const [f, dir] = sort.split(',');
      return f === field ? (dir === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;
    },
    pagination: (data?: Paged<unknown>): TablePaginationConfig => ({
      current: page + 1,
      pageSize: size,
      total: data?.page?.totalElements ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
    }),
  };
}

export function useEnumLabel() {
  const { t } = useTranslation();
  return (value?: string | null) => (value ? t(`enum.${value}`, { defaultValue: value }) : '');
}

// solid tags in dark shades: white text on each stays above WCAG AA contrast
const GREEN = '#237804', GOLD = '#874d00', BLUE = '#0958d9', CYAN = '#006d75', NAVY = '#1d39c4', RED = '#a8071a', ORANGE = '#ad4e00', GREY = '#595959';
const COLOURS: Record<string, string> = {
  ACTIVE: GREEN, SOUND_ACTIVE: GREEN, COMPLETED: GREEN, QUALIFIED: GREEN, PUBLISHED: GREEN, APPROVED: GREEN, HELD: GREEN,
  PENDING: GOLD, REPORT_FILED: BLUE, PRE_REVIEWED: CYAN, FORWARDED: NAVY, IN_REVIEW: BLUE, SUBMITTED: BLUE, BASICALLY_QUALIFIED: CYAN,
  MISSED: RED, DISQUALIFIED: RED, DORMANT: RED, UNQUALIFIED: RED, REJECTED: RED, INCOMPLETE: ORANGE, SOUND_WEAK: CYAN,
  RETURNED: ORANGE, REPORTED: BLUE, AGREED: CYAN,
};

export function StatusTag({ value }: { value?: string | null }) {
  const label = useEnumLabel();
  return value ? <Tag color={COLOURS[value] ?? GREY}>{label(value)}</Tag> : null;
}

/** Times are stored in UTC and shown in Asia/Shanghai, as the association reads them. */
export function shanghai(value?: string | null, withTime = true): string {
  if (!value) return '';
  const local = new Date(value).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false });
  return withTime ? local.slice(0, 16) : local.slice(0, 10);
}

export function day(value?: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '';
}

export function yuan(value?: string | number | null): string {
  if (value === undefined || value === null || value === '') return '';
  return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** An export button: the same filters and sort as the list, as the API's xlsx. */
export function ExportButton({ path, query }: { path: string; query: Record<string, unknown> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <Space orientation="vertical">
      <Button
        loading={busy}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          await download(path, query).catch(setError);
          setBusy(false);
        }}
      >
        {t('common.export')}
      </Button>
      <ProblemAlert error={error} />
    </Space>
  );
}

/**
 * A table's horizontal scroll, only while it has rows: an empty table that scrolls is a region a
 * keyboard cannot reach (axe's scrollable-region-focusable) on a phone.
 */
export function scrollWhenRows(rows: readonly unknown[] | undefined, x: number) {
  return rows && rows.length > 0 ? { x } : undefined;
}
