import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { call, publicity } from '../../api/client';

export const UNREAD = ['inbox-unread'];

/** The header's bell: how many reminders wait unread, and the way to the inbox. Looked at again every minute. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: UNREAD,
    refetchInterval: 60_000,
    queryFn: () => call(publicity.GET('/api/publicity/inbox/unread-count', {})),
  });
  const unread = data?.unread ?? 0;
  return (
    <Link to="/inbox" aria-label={t('events.inbox.badge', { count: unread })} data-testid="unread-badge" style={{ display: 'inline-flex', padding: 4 }}>
      <Badge count={unread} size="small" overflowCount={99} color="#a8071a">
        <BellOutlined style={{ fontSize: 20, color: '#1456a0' }} aria-hidden />
      </Badge>
    </Link>
  );
}
