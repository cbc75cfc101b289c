import { Result, Spin } from 'antd';
import { Suspense, lazy } from 'react';
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
import { ExpertAccounts } from './pages/register/accounts';
import { CivilAffairs } from './pages/register/civilAffairs';
import { Eligibility, Grades, GradingRound, GradingRounds, MyAssessments } from './pages/register/grading';
import { HostUnits } from './pages/register/hostUnits';
import { TermsDue } from './pages/register/terms';
import { Transfers } from './pages/register/transfers';

// the charts library is loaded only with the dashboard, which ADMIN alone sees
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));

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
        <Route path="terms" element={<TermsDue />} />
        <Route path="grading" element={<GradingRounds />} />
        <Route path="grading/eligibility" element={<Eligibility />} />
        <Route path="grading/assessments" element={<MyAssessments />} />
        <Route path="grading/:id" element={<GradingRound />} />
        <Route path="grades" element={<Grades />} />
        <Route path="function-transfers" element={<Transfers />} />
        <Route path="civil-affairs" element={<CivilAffairs />} />
        <Route path="host-units" element={<HostUnits />} />
        <Route path="expert-accounts" element={<ExpertAccounts />} />
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
