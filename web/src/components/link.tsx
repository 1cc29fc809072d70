import type { ComponentChildren } from 'preact';
import { useApp } from '../app-context.js';

/** An ordinary link (works with a new tab, copy, a screen reader's link list) that routes inside the app. */
export function Link({
  href,
  children,
  class: className,
  current,
}: {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly class?: string;
  readonly current?: boolean;
}) {
  const { navigate } = useApp();
  return (
    <a
      href={href}
      class={className}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
