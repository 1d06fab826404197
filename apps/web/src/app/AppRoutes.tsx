import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRole } from '../modules/access/components/RequireRole';
import { RequireSession } from '../modules/access/components/RequireSession';
import { SignInPage } from '../modules/access/components/SignInPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Every page but sign-in is loaded when it is first visited, so that each route's JS stays small.
const DashboardPage = lazy(() =>
  import('../modules/portfolio/components/DashboardPage').then((module) => ({ default: module.DashboardPage })),
);
const ProjectListPage = lazy(() =>
  import('../modules/project/components/ProjectListPage').then((module) => ({ default: module.ProjectListPage })),
);
const ProjectPage = lazy(() =>
  import('../modules/project/components/ProjectPage').then((module) => ({ default: module.ProjectPage })),
);
const NewProjectPage = lazy(() =>
  import('../modules/project/components/NewProjectPage').then((module) => ({ default: module.NewProjectPage })),
);
const StrategiesPage = lazy(() =>
  import('../modules/strategy/components/StrategiesPage').then((module) => ({ default: module.StrategiesPage })),
);
const StatusReportPage = lazy(() =>
  import('../modules/status/components/StatusReportPage').then((module) => ({ default: module.StatusReportPage })),
);
const RoadmapPage = lazy(() =>
  import('../modules/milestone/components/RoadmapPage').then((module) => ({ default: module.RoadmapPage })),
);
const ReportPage = lazy(() =>
  import('../modules/report/components/ReportPage').then((module) => ({ default: module.ReportPage })),
);
const ImportPage = lazy(() =>
  import('../modules/import/components/ImportPage').then((module) => ({ default: module.ImportPage })),
);
const AccountPage = lazy(() =>
  import('../modules/access/components/AccountPage').then((module) => ({ default: module.AccountPage })),
);
const AdminLayout = lazy(() =>
  import('../modules/admin/components/AdminLayout').then((module) => ({ default: module.AdminLayout })),
);
const PeopleAdminPage = lazy(() =>
  import('../modules/admin/components/PeopleAdminPage').then((module) => ({ default: module.PeopleAdminPage })),
);
const DepartmentsAdminPage = lazy(() =>
  import('../modules/admin/components/DepartmentsAdminPage').then((module) => ({
    default: module.DepartmentsAdminPage,
  })),
);
const ApiTokensAdminPage = lazy(() =>
  import('../modules/admin/components/ApiTokensAdminPage').then((module) => ({ default: module.ApiTokensAdminPage })),
);
const SecurityLogPage = lazy(() =>
  import('../modules/admin/components/SecurityLogPage').then((module) => ({ default: module.SecurityLogPage })),
);
const WebhooksAdminPage = lazy(() =>
  import('../modules/webhook/components/WebhooksAdminPage').then((module) => ({ default: module.WebhooksAdminPage })),
);
const SignInErrorPage = lazy(() =>
  import('../modules/access/components/SignInErrorPage').then((module) => ({ default: module.SignInErrorPage })),
);
const AccessibilityStatementPage = lazy(() =>
  import('../modules/accessibility/components/AccessibilityStatementPage').then((module) => ({
    default: module.AccessibilityStatementPage,
  })),
);

/** The routes; paths are German, as the people who share links speak it. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="anmelden" element={<SignInPage />} />
        <Route path="anmelden/fehler" element={<SignInErrorPage />} />
        <Route path="barrierefreiheit" element={<AccessibilityStatementPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<DashboardPage />} />
          <Route path="projekte" element={<ProjectListPage />} />
          <Route path="projekte/:code" element={<ProjectPage />} />
          <Route path="projekte/:code/statusbericht" element={<StatusReportPage />} />
          <Route path="roadmap" element={<RoadmapPage />} />
          <Route path="sachstandsbericht" element={<ReportPage />} />
          <Route path="konto" element={<AccountPage />} />
          <Route element={<RequireRole roles={['ADMIN', 'PORTFOLIO_MANAGER']} />}>
            <Route path="projekte/neu" element={<NewProjectPage />} />
            <Route path="strategien" element={<StrategiesPage />} />
            <Route path="import" element={<ImportPage />} />
          </Route>
          <Route element={<RequireRole roles={['ADMIN']} />}>
            <Route path="verwaltung" element={<AdminLayout />}>
              <Route index element={<Navigate to="personen" replace />} />
              <Route path="personen" element={<PeopleAdminPage />} />
              <Route path="aemter" element={<DepartmentsAdminPage />} />
              <Route path="api-tokens" element={<ApiTokensAdminPage />} />
              <Route path="sicherheitsprotokoll" element={<SecurityLogPage />} />
              <Route path="webhooks" element={<WebhooksAdminPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
