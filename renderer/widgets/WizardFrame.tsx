import type { ReactNode } from 'react';
import { Button } from './Button';

/**
 * The frame of every new-application wizard: the numbered steps (the current one marked for screen readers), the
 * step's form with its title, and the back / next-or-save buttons. Each wizard keeps its own fields and checks.
 */
export function WizardFrame({
  steps,
  step,
  stepsLabel,
  title,
  onNext,
  onSave,
  onBack,
  labels,
  isPending,
  children,
}: {
  readonly steps: readonly string[];
  /** The current step, from 0. */
  readonly step: number;
  readonly stepsLabel: string;
  /** The current step's title ("Adım 2 / 3: …"), also the form's accessible name. */
  readonly title: string;
  /** Submitting goes to the next step on every step but the last, and saves on the last. */
  readonly onNext: () => void;
  readonly onSave: () => void;
  readonly onBack: () => void;
  readonly labels: { readonly back: string; readonly next: string; readonly save: string };
  /** The save is under way (the last step's button shows it). */
  readonly isPending?: boolean;
  readonly children: ReactNode;
}) {
  const last = step === steps.length - 1;
  return (
    <>
      <ol className="steps" aria-label={stepsLabel}>
        {steps.map((name, index) => (
          <li
            key={name}
            className={index === step ? 'step step-current' : index < step ? 'step step-done' : 'step'}
            {...(index === step ? { 'aria-current': 'step' as const } : {})}
          >
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            {name}
          </li>
        ))}
      </ol>
      <form
        className="panel wizard"
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          if (last) onSave();
          else onNext();
        }}
      >
        <h2>{title}</h2>
        {children}
        <div className="wizard-actions">
          {step > 0 ? <Button onPress={onBack}>{labels.back}</Button> : <span />}
          <Button type="submit" variant="primary" isPending={last && (isPending ?? false)}>
            {last ? labels.save : labels.next}
          </Button>
        </div>
      </form>
    </>
  );
}
