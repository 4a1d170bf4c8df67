import { ActionIcon, AppShell, Button, Group, Kbd, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBuildingCommunity,
  IconChecklist,
  IconHome,
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconMailForward,
  IconReportAnalytics,
  IconSearch,
  IconSettings,
  IconUsersGroup,
} from '@tabler/icons-react';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { OfficeIdentity } from '../../shared/domain/settings';
import { PageLeaveGuard } from '../components/FormGuard';
import { PageLoader } from '../components/PageLoader';
import { DemoBadge, DemoBanner } from '../features/demo/DemoBanner';
import { SearchModal } from '../features/search/SearchModal';
import { JobNotices } from '../features/jobs/JobNotices';
import { SampleScope } from '../components/sample';
import { useIsSample } from '../features/demo/status';
import { lazyPage } from './lazy-page';
import { directoryPath, ROUTES } from './routes';
import { useSidebarCollapsed } from './sidebar';

// Each section is loaded when first opened, so start-up only loads the shell.
// The route given to lazyPage lets main.tsx start loading the section of the start-up address early.
const HomePage = lazyPage(() => import('../features/home/HomePage'), ROUTES.home);
const MeetingsPage = lazyPage(() => import('../features/meetings/MeetingsPage'), ROUTES.meetings);
const MeetingWorkspacePage = lazyPage(
  () => import('../features/meetings/workspace/MeetingWorkspacePage'),
  ROUTES.meeting,
);
const CommitmentsPage = lazyPage(() => import('../features/commitments/CommitmentsPage'), ROUTES.commitments);
const PlansPage = lazyPage(() => import('../features/plans/PlansPage'), ROUTES.plans);
// Before PlanPage: `/rencana-aksi/katalog` would also match a plan's route.
const CataloguePage = lazyPage(() => import('../features/plans/catalogue/CataloguePage'), ROUTES.catalogue);
const ConsolidatedPlansPage = lazyPage(() => import('../features/offices/ConsolidatedPlansPage'), ROUTES.consolidated);
const PlanPage = lazyPage(() => import('../features/plans/PlanPage'), ROUTES.plan);
const DirectoryPage = lazyPage(() => import('../features/directory/DirectoryPage'), ROUTES.directoryTab);
const LettersPage = lazyPage(() => import('../features/letters/LettersPage'), ROUTES.letters);
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), ROUTES.settings);
const BackupsPage = lazyPage(() => import('../features/backups/BackupsPage'), ROUTES.backups);
const PrivacyPage = lazyPage(() => import('../features/privacy/PrivacyPage'), ROUTES.privacy);
const ExchangePage = lazyPage(() => import('../features/exchange/ExchangePage'), ROUTES.exchangeTab);
const SearchResultsPage = lazyPage(() => import('../features/search/SearchResultsPage'), ROUTES.search);
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const NAV = [
  { path: ROUTES.home, key: 'nav.home', icon: IconHome },
  { path: ROUTES.meetings, key: 'nav.meetings', icon: IconUsersGroup },
  { path: ROUTES.commitments, key: 'nav.commitments', icon: IconChecklist },
  { path: ROUTES.plans, key: 'nav.plans', icon: IconReportAnalytics },
  { path: directoryPath(), key: 'nav.directory', icon: IconBuildingCommunity },
  { path: ROUTES.letters, key: 'letters.nav', icon: IconMailForward },
  { path: ROUTES.exchange, key: 'exchangeData.nav', icon: IconArrowsExchange },
  { path: ROUTES.settings, key: 'nav.settings', icon: IconSettings },
] as const;

function isActive(location: string, path: string): boolean {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}

/** The sections; collapsed, only their icons, each still named for the keyboard and screen readers. */
function Navigation({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('nav.main')} id="main-navigation">
      {NAV.map(({ path, key, icon: Icon }) => {
        const link = (
          <NavLink
            key={path}
            component={Link}
            href={path}
            label={collapsed ? null : t(key)}
            aria-label={collapsed ? t(key) : undefined}
            active={isActive(location, path)}
            leftSection={<Icon size={20} stroke={1.6} />}
          />
        );
        return collapsed ? (
          <Tooltip key={path} label={t(key)} position="right" withArrow>
            {link}
          </Tooltip>
        ) : (
          link
        );
      })}
    </nav>
  );
}

/** Inside a sample meeting or plan, sample people and institutions are picked without a warning. */
function SampleScopeOfRoute({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const isSample = useIsSample();
  const id = /^\/(?:rapat|rencana-aksi)\/([^/]+)/.exec(location)?.[1];
  return <SampleScope.Provider value={isSample(id)}>{children}</SampleScope.Provider>;
}

const PAGES: { path?: string; Component: ComponentType }[] = [
  { path: ROUTES.home, Component: HomePage },
  { path: ROUTES.meetings, Component: MeetingsPage },
  { path: ROUTES.meeting, Component: MeetingWorkspacePage },
  { path: ROUTES.commitments, Component: CommitmentsPage },
  { path: ROUTES.plans, Component: PlansPage },
  { path: ROUTES.catalogue, Component: CataloguePage },
  { path: ROUTES.consolidated, Component: ConsolidatedPlansPage },
  { path: ROUTES.plan, Component: PlanPage },
  { path: ROUTES.directoryTab, Component: DirectoryPage },
  { path: ROUTES.letters, Component: LettersPage },
  { path: ROUTES.exchangeTab, Component: ExchangePage },
  { path: ROUTES.settings, Component: SettingsPage },
  { path: ROUTES.privacy, Component: PrivacyPage },
  { path: ROUTES.backups, Component: BackupsPage },
  { path: ROUTES.search, Component: SearchResultsPage },
  { Component: NotFoundPage },
];

/**
 * A slim header (44 px) and a navigation that collapses to its icons, so the data of a screen
 * starts near the top of a 1366×768 or 1024×640 window.
 */
export function Shell({ office }: { office: OfficeIdentity }) {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  const [collapsed, toggleSidebar] = useSidebarCollapsed();
  return (
    <Router hook={useHashLocation}>
      <AppShell header={{ height: 44 }} navbar={{ width: collapsed ? 60 : 208, breakpoint: 0 }} padding="sm">
        <AppShell.Header>
          <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={toggleSidebar}
                aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
                aria-expanded={!collapsed}
                aria-controls="main-navigation"
              >
                {collapsed ? <IconLayoutSidebarLeftExpand size={20} /> : <IconLayoutSidebarLeftCollapse size={20} />}
              </ActionIcon>
              <Text fw={700} size="lg" c="indigo.8">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed" visibleFrom="lg" truncate>
                {t('app.tagline')}
              </Text>
              <DemoBadge />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Button
                variant="default"
                size="xs"
                leftSection={<IconSearch size={14} />}
                rightSection={<Kbd size="xs">{t('search.shortcut')}</Kbd>}
                onClick={() => setSearching(true)}
              >
                {t('search.button')}
              </Button>
              <Text size="sm" fw={500} truncate visibleFrom="md">
                {office.officeName}
              </Text>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p={collapsed ? 6 : 'xs'}>
          <ScrollArea>
            <Navigation collapsed={collapsed} />
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main>
          <DemoBanner />
          <SampleScopeOfRoute>
            <PageLeaveGuard>
              <Suspense fallback={<PageLoader />}>
                <Switch>
                  {PAGES.map(({ path, Component }) => (
                    <Route key={path ?? '*'} {...(path ? { path } : {})}>
                      <Component />
                    </Route>
                  ))}
                </Switch>
              </Suspense>
            </PageLeaveGuard>
          </SampleScopeOfRoute>
        </AppShell.Main>
      </AppShell>
      <JobNotices />
      <SearchModal opened={searching} onOpen={() => setSearching(true)} onClose={() => setSearching(false)} />
    </Router>
  );
}
