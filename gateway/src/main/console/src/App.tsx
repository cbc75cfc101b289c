import { Result, Spin } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';

import { useAuth } from './auth/AuthProvider';
import { Shell } from './layout/Shell';
import { homeFor } from './navigation';
import { ArticleEditor } from './pages/ArticleEditor';
import { Articles } from './pages/Articles';
import { CheckIn } from './pages/Events';
import { EventDetail } from './pages/events/EventDetail';
import { EventEditor } from './pages/events/EventEditor';
import { EventList } from './pages/events/EventList';
import { Plans } from './pages/events/Plans';
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
import { DeadLetters, JobRuns } from './pages/ops/DeadLetters';
import { Deadlines, Mail } from './pages/ops/Reminders';
import { Columns } from './pages/publicity/Columns';
import { Inbox } from './pages/publicity/Inbox';
import { ReportTemplate } from './pages/publicity/ReportTemplate';
import { MySite, Site, Sites } from './pages/publicity/Site';
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
        <Route path="events" element={<EventList />} />
        <Route path="events/new" element={<EventEditor />} />
        <Route path="events/check-in" element={<CheckIn />} />
        <Route path="events/:id" element={<EventDetail />} />
        <Route path="events/:id/edit" element={<EventEditor />} />
        <Route path="articles" element={<Articles />} />
        <Route path="articles/review" element={<Articles review />} />
        <Route path="articles/new" element={<ArticleEditor />} />
        <Route path="articles/:id/edit" element={<ArticleEditor />} />
        <Route path="inbox" element={<Inbox />} />
        <Route path="my-site" element={<MySite />} />
        <Route path="publicity/sites" element={<Sites />} />
        <Route path="publicity/sites/:id" element={<Site />} />
        <Route path="publicity/columns" element={<Columns />} />
        <Route path="publicity/report-template" element={<ReportTemplate />} />
        <Route path="ops/deadlines" element={<Deadlines />} />
        <Route path="ops/mail" element={<Mail />} />
        <Route path="ops/dead-letters" element={<DeadLetters />} />
        <Route path="ops/jobs" element={<JobRuns />} />
        <Route path="*" element={<Result status="404" title={t('common.notFound')} />} />
      </Route>
    </Routes>
  );
}
