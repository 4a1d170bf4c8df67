import { AppShell, Button, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconChecklist,
  IconHome,
  IconReportAnalytics,
  IconSearch,
  IconSettings,
  IconUsersGroup,
} from '@tabler/icons-react';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { OfficeIdentity } from '../../shared/domain/settings';
import { PageLoader } from '../components/PageLoader';
import { DemoBanner } from '../features/demo/DemoBanner';
import { SearchModal } from '../features/search/SearchModal';
import { ROUTES } from './routes';

// Each section is loaded when first opened, so start-up only loads the shell.
const HomePage = lazy(() => import('../features/home/HomePage'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const MeetingWorkspacePage = lazy(() => import('../features/meetings/workspace/MeetingWorkspacePage'));
const CommitmentsPage = lazy(() => import('../features/commitments/CommitmentsPage'));
const PlansPage = lazy(() => import('../features/plans/PlansPage'));
// Before PlanPage: `/rencana-aksi/katalog` would also match a plan's route.
const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage'));
const PlanPage = lazy(() => import('../features/plans/PlanPage'));
const DirectoryPage = lazy(() => import('../features/directory/DirectoryPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const BackupsPage = lazy(() => import('../features/backups/BackupsPage'));
const PrivacyPage = lazy(() => import('../features/privacy/PrivacyPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const NAV = [
  { path: ROUTES.home, key: 'nav.home', icon: IconHome },
  { path: ROUTES.meetings, key: 'nav.meetings', icon: IconUsersGroup },
  { path: ROUTES.commitments, key: 'nav.commitments', icon: IconChecklist },
  { path: ROUTES.plans, key: 'nav.plans', icon: IconReportAnalytics },
  { path: ROUTES.directory, key: 'nav.directory', icon: IconBuildingCommunity },
  { path: ROUTES.settings, key: 'nav.settings', icon: IconSettings },
] as const;

function isActive(location: string, path: string): boolean {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}

function Navigation() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('nav.main')}>
      {NAV.map(({ path, key, icon: Icon }) => (
        <NavLink
          key={path}
          component={Link}
          href={path}
          label={t(key)}
          active={isActive(location, path)}
          leftSection={<Icon size={18} stroke={1.6} />}
        />
      ))}
    </nav>
  );
}

const PAGES: { path?: string; Component: ComponentType }[] = [
  { path: ROUTES.home, Component: HomePage },
  { path: ROUTES.meetings, Component: MeetingsPage },
  { path: ROUTES.meeting, Component: MeetingWorkspacePage },
  { path: ROUTES.commitments, Component: CommitmentsPage },
  { path: ROUTES.plans, Component: PlansPage },
  { path: ROUTES.catalogue, Component: CataloguePage },
  { path: ROUTES.plan, Component: PlanPage },
  { path: ROUTES.directory, Component: DirectoryPage },
  { path: ROUTES.settings, Component: SettingsPage },
  { path: ROUTES.privacy, Component: PrivacyPage },
  { path: ROUTES.backups, Component: BackupsPage },
  { Component: NotFoundPage },
];

export function Shell({ office }: { office: OfficeIdentity }) {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  return (
    <Router hook={useHashLocation}>
      <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Title order={4} c="indigo.8">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {t('app.tagline')}
              </Text>
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
        <AppShell.Navbar p="xs">
          <ScrollArea>
            <Navigation />
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main>
          <DemoBanner />
          <Suspense fallback={<PageLoader />}>
            <Switch>
              {PAGES.map(({ path, Component }) => (
                <Route key={path ?? '*'} {...(path ? { path } : {})}>
                  <Component />
                </Route>
              ))}
            </Switch>
          </Suspense>
        </AppShell.Main>
      </AppShell>
      <SearchModal opened={searching} onOpen={() => setSearching(true)} onClose={() => setSearching(false)} />
    </Router>
  );
}
