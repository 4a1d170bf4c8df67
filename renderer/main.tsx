import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { currentHashPath, preloadPageFor } from './app/lazy-page';
import { ThemeProvider } from './app/ThemeProvider';
import { initI18n } from './i18n';
import { apiQuery, followChanges, queryClient } from './api/queries';
import { settingsQuery } from './stores/settings';

async function start(): Promise<void> {
  // The section of the start-up address downloads while the translations and settings load.
  preloadPageFor(currentHashPath(window.location.hash));
  await initI18n('id');
  followChanges(queryClient);
  // The office and the database's state are asked for before the first render needs them.
  void queryClient.prefetchQuery(settingsQuery);
  void queryClient.prefetchQuery(apiQuery('app.status', {}));
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider>
          <Notifications position="top-right" />
          <App />
        </ThemeProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
