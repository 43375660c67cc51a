import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonProps = AriaButtonProps & { readonly variant?: 'primary' | 'secondary' | 'danger' | 'quiet' };

/** The one button of the application (react-aria: keyboard, press and focus handling). */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={`button button-${variant}${typeof className === 'string' ? ` ${className}` : ''}`} />;
}
