import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { currentHashPath, preloadPageFor } from './app/lazy-page';
import { ThemeProvider } from './app/ThemeProvider';
import { initI18n } from './i18n';

async function start(): Promise<void> {
  // The section of the start-up address downloads while the translations and settings load.
  preloadPageFor(currentHashPath(window.location.hash));
  await initI18n('id');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider>
        <Notifications position="top-right" />
        <App />
      </ThemeProvider>
    </StrictMode>,
  );
}

void start();
