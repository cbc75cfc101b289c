import { Result, Spin } from 'antd';
import { Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';

import { useAuth } from './auth/AuthProvider';
import { Shell } from './layout/Shell';
import { homeFor } from './navigation';
import { ArticleEditor } from './pages/ArticleEditor';
import { Articles } from './pages/Articles';
import { CheckIn, Events, Plans } from './pages/Events';
import { Awards, Experts, MyProfile } from './pages/Experts';
import { Applications, Calls, ReviewQueue, ReviewSheet } from './pages/Funding';
import { Inspections } from './pages/Inspections';
import { Societies } from './pages/Societies';
import { MySociety, Society } from './pages/Society';

// the charts library is loaded only with the dashboard, which ADMIN alone sees
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));
// the register's own pages (society-service), loaded when first opened
const register = {
  TermsDue: lazy(() => import('./pages/register/terms').then((m) => ({ default: m.TermsDue }))),
  GradingRounds: lazy(() => import('./pages/register/grading').then((m) => ({ default: m.GradingRounds }))),
  GradingRound: lazy(() => import('./pages/register/grading').then((m) => ({ default: m.GradingRound }))),
  Eligibility: lazy(() => import('./pages/register/grading').then((m) => ({ default: m.Eligibility }))),
  MyAssessments: lazy(() => import('./pages/register/grading').then((m) => ({ default: m.MyAssessments }))),
  Grades: lazy(() => import('./pages/register/grading').then((m) => ({ default: m.Grades }))),
  Transfers: lazy(() => import('./pages/register/transfers').then((m) => ({ default: m.Transfers }))),
  CivilAffairs: lazy(() => import('./pages/register/civilAffairs').then((m) => ({ default: m.CivilAffairs }))),
  HostUnits: lazy(() => import('./pages/register/hostUnits').then((m) => ({ default: m.HostUnits }))),
  ExpertAccounts: lazy(() => import('./pages/register/accounts').then((m) => ({ default: m.ExpertAccounts }))),
};
const lazily = (page: ReactNode) => <Suspense fallback={<Spin />}>{page}</Suspense>;

export function App() {
  const { t } = useTranslation();
  const { session } = useAuth();
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<Navigate to={homeFor(session)} replace />} />
        <Route path="dashboard" element={<Suspense fallback={<Spin />}><Dashboard /></Suspense>} />
        <Route path="my-society" element={<MySociety />} />
        <Route path="my-profile" element={<MyProfile />} />
        <Route path="societies" element={<Societies />} />
        <Route path="societies/:id" element={<Society />} />
        <Route path="inspections" element={<Inspections />} />
        <Route path="terms" element={lazily(<register.TermsDue />)} />
        <Route path="grading" element={lazily(<register.GradingRounds />)} />
        <Route path="grading/eligibility" element={lazily(<register.Eligibility />)} />
        <Route path="grading/assessments" element={lazily(<register.MyAssessments />)} />
        <Route path="grading/:id" element={lazily(<register.GradingRound />)} />
        <Route path="grades" element={lazily(<register.Grades />)} />
        <Route path="function-transfers" element={lazily(<register.Transfers />)} />
        <Route path="civil-affairs" element={lazily(<register.CivilAffairs />)} />
        <Route path="host-units" element={lazily(<register.HostUnits />)} />
        <Route path="expert-accounts" element={lazily(<register.ExpertAccounts />)} />
        <Route path="funding/calls" element={<Calls />} />
        <Route path="funding/applications" element={<Applications />} />
        <Route path="funding/reviews" element={<ReviewQueue />} />
        <Route path="funding/reviews/:id" element={<ReviewSheet />} />
        <Route path="experts" element={<Experts />} />
        <Route path="awards" element={<Awards />} />
        <Route path="events/plans" element={<Plans />} />
        <Route path="events" element={<Events />} />
        <Route path="events/check-in" element={<CheckIn />} />
        <Route path="articles" element={<Articles />} />
        <Route path="articles/review" element={<Articles review />} />
        <Route path="articles/new" element={<ArticleEditor />} />
        <Route path="*" element={<Result status="404" title={t('common.notFound')} />} />
      </Route>
    </Routes>
  );
}
