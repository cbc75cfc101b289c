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
import { ApplicationPage } from './pages/funding/Application';
import { ApplicationEditor } from './pages/funding/ApplicationEditor';
import { Budget } from './pages/funding/Budget';
import { CallEditor } from './pages/funding/CallEditor';
import { Catalogue } from './pages/funding/Catalogue';
import { FinancingLinks } from './pages/funding/FinancingLinks';
import { AwardNominationPage } from './pages/experts/AwardNomination';
import { ExpertPage } from './pages/experts/Expert';
import { NominateToPool, PoolNominationPage, PoolNominations } from './pages/experts/PoolNominations';
import { NewProgrammePage, ProgrammePage } from './pages/experts/Programme';
import { Proposals } from './pages/experts/Proposals';
import { Inspections } from './pages/Inspections';
import { Societies } from './pages/Societies';
import { MySociety, Society } from './pages/Society';

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
        <Route path="funding/calls" element={<Calls />} />
        <Route path="funding/calls/new" element={<CallEditor />} />
        <Route path="funding/calls/:id" element={<CallEditor />} />
        <Route path="funding/applications" element={<Applications />} />
        <Route path="funding/applications/new" element={<ApplicationEditor />} />
        <Route path="funding/applications/:id" element={<ApplicationPage />} />
        <Route path="funding/applications/:id/edit" element={<ApplicationEditor />} />
        <Route path="funding/budget" element={<Budget />} />
        <Route path="funding/catalogue" element={<Catalogue />} />
        <Route path="funding/financing-links" element={<FinancingLinks />} />
        <Route path="funding/reviews" element={<ReviewQueue />} />
        <Route path="funding/reviews/:id" element={<ReviewSheet />} />
        <Route path="experts" element={<Experts />} />
        <Route path="experts/nominations" element={<PoolNominations />} />
        <Route path="experts/nominations/new" element={<NominateToPool />} />
        <Route path="experts/nominations/:id" element={<PoolNominationPage />} />
        <Route path="experts/proposals" element={<Proposals />} />
        <Route path="experts/:id" element={<ExpertPage />} />
        <Route path="awards" element={<Awards />} />
        <Route path="awards/new" element={<NewProgrammePage />} />
        <Route path="awards/nominations/:id" element={<AwardNominationPage />} />
        <Route path="awards/:id" element={<ProgrammePage />} />
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
