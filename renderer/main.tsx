import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { Router } from 'wouter';
import { navigate } from 'wouter/use-hash-location';
import { isContractFailure } from './api/contract-failure';
import { App } from './app/App';
import type { SessionState } from './app/session';
import { FeedbackRegion } from './widgets/feedback';
import { useAppLocation } from './app/routes';
import './styles/app.css';

/** A call refused for the session's sake (idle lock, expired login) sends the window back to the session gate. */
function onSessionProblem(error: unknown): void {
  if (!isContractFailure(error)) return;
  if (error.code === 'locked') {
    queryClient.setQueryData<SessionState>(['session:current', {}], (old) => (old ? { ...old, locked: true } : old));
  } else if (error.code === 'unauthorized') {
    void queryClient.invalidateQueries({ queryKey: ['session:current'] });
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionProblem }),
  mutationCache: new MutationCache({ onError: onSessionProblem }),
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 15_000 },
  },
});

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nProvider locale="tr-TR">
      <RouterProvider
        navigate={(path) => {
          navigate(path);
        }}
        useHref={(href) => `#${href}`}
      >
        <Router hook={useAppLocation}>
          <QueryClientProvider client={queryClient}>
            <App />
            <FeedbackRegion />
          </QueryClientProvider>
        </Router>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
