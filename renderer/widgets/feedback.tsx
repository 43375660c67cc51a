import {
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
  Button,
  Text,
} from 'react-aria-components';

type Feedback = { readonly title: string; readonly description?: string; readonly tone: 'success' | 'error' };

/** Every action answers: a short Turkish confirmation or failure, announced by the toast region. */
export const feedbackQueue = new ToastQueue<Feedback>({ maxVisibleToasts: 3 });

export function confirmAction(title: string, description?: string): void {
  feedbackQueue.add({ title, tone: 'success', ...(description === undefined ? {} : { description }) }, { timeout: 5000 });
}

export function reportFailure(title: string, description?: string): void {
  feedbackQueue.add({ title, tone: 'error', ...(description === undefined ? {} : { description }) });
}

export function FeedbackRegion() {
  return (
    <ToastRegion queue={feedbackQueue} className="toast-region" aria-label="Bildirimler">
      {({ toast }) => (
        <Toast toast={toast} className={`toast toast-${toast.content.tone}`}>
          <ToastContent>
            <Text slot="title">{toast.content.title}</Text>
            {toast.content.description === undefined ? null : <Text slot="description">{toast.content.description}</Text>}
          </ToastContent>
          <Button slot="close" className="toast-close" aria-label="Bildirimi kapat">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
