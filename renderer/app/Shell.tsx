import { AppShell, Button, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconChecklist,
  IconHome,
  IconMailForward,
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
import { lazyPage } from './lazy-page';
import { ROUTES } from './routes';

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
const CataloguePage = lazyPage(() => import('../features/catalogue/CataloguePage'), ROUTES.catalogue);
const PlanPage = lazyPage(() => import('../features/plans/PlanPage'), ROUTES.plan);
const DirectoryPage = lazyPage(() => import('../features/directory/DirectoryPage'), ROUTES.directory);
const LettersPage = lazyPage(() => import('../features/letters/LettersPage'), ROUTES.letters);
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), ROUTES.settings);
const BackupsPage = lazyPage(() => import('../features/backups/BackupsPage'), ROUTES.backups);
const PrivacyPage = lazyPage(() => import('../features/privacy/PrivacyPage'), ROUTES.privacy);
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const NAV = [
  { path: ROUTES.home, key: 'nav.home', icon: IconHome },
  { path: ROUTES.meetings, key: 'nav.meetings', icon: IconUsersGroup },
  { path: ROUTES.commitments, key: 'nav.commitments', icon: IconChecklist },
  { path: ROUTES.plans, key: 'nav.plans', icon: IconReportAnalytics },
  { path: ROUTES.directory, key: 'nav.directory', icon: IconBuildingCommunity },
  { path: ROUTES.letters, key: 'letters.nav', icon: IconMailForward },
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
  { path: ROUTES.letters, Component: LettersPage },
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
