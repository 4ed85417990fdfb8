// A collapsible group of fields: native <details>, so it opens with the
// keyboard, and the browser's find-in-page reaches closed content.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  open?: boolean;
  children: ReactNode;
}

export function Section({ title, open = true, children }: Props) {
  return (
    <details className="editor-section" open={open}>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div className="editor-section-body">{children}</div>
    </details>
  );
}
