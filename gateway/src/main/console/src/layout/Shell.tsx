import { Button, Drawer, Grid, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';

import { useAuth } from '../auth/AuthProvider';
import { setLanguage } from '../i18n';
import { navigationFor, type NavEntry } from '../navigation';
import { UnreadBadge } from '../pages/publicity/UnreadBadge';

const GROUPS: NavEntry['group'][] = ['overview', 'register', 'funding', 'experts', 'events', 'publicity', 'ops'];

/** The frame of every page: the role's menu (a drawer on a phone), who is signed in, the language. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useAuth();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const entries = navigationFor(session);

  const items: MenuProps['items'] = GROUPS.map((group) => ({
    group,
    entries: entries.filter((e) => e.group === group),
  }))
    .filter(({ entries: e }) => e.length > 0)
    .map(({ group, entries: e }) => ({
      type: 'group' as const,
      key: group,
      label: t(`group.${group}`),
      children: e.map((entry) => ({
        key: entry.path,
        label: <Link to={entry.path} onClick={() => setDrawer(false)}>{t(entry.label)}</Link>,
      })),
    }));
  const selected = entries
    .map((e) => e.path)
    .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const menu = <Menu mode="inline" items={items} selectedKeys={selected} style={{ borderInlineEnd: 0 }} />;
  const wide = screens.lg ?? true;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">{t('app.skip')}</a>
      {wide && (
        <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <nav aria-label={t('app.menu')}>
            <div style={{ padding: '16px 24px', fontWeight: 600 }}>{t('app.title')}</div>
            {menu}
          </nav>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}
        >
          {!wide && (
            <Button onClick={() => setDrawer(true)} aria-label={t('app.menu')}>
              ☰
            </Button>
          )}
          <Typography.Text strong style={{ flex: 1 }}>
            {t('app.subtitle')}
          </Typography.Text>
          <Space wrap size="small">
            <UnreadBadge />
            <span data-testid="user">{session.name}</span>
            {wide && session.roles.map((role) => <Tag key={role}>{t(`role.${role}`)}</Tag>)}
            <Button size="small" onClick={() => setLanguage(i18n.language === 'en' ? 'zh' : 'en')} lang={i18n.language === 'en' ? 'zh-CN' : 'en'}>
              {t('app.language')}
            </Button>
            <Button size="small" onClick={signOut}>
              {t('app.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Drawer open={!wide && drawer} onClose={() => setDrawer(false)} placement="left" title={t('app.title')} size={260}>
          <nav aria-label={t('app.menu')}>{menu}</nav>
        </Drawer>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: wide ? 24 : 12 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
