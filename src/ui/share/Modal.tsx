// An accessible modal dialog: labelled by its heading, focus moves in on open,
// Tab and Shift+Tab cycle inside it, Esc and the close button close it, focus
// returns to what opened it. The page behind is inert while it is open.
// (Not <dialog>.showModal(): jsdom lacks it, and the component tests need it.)
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/react';
import './share.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Where focus goes first (a selector inside the dialog); the first focusable element otherwise. */
  initialFocus?: string;
}

export function Modal({ title, onClose, children, initialFocus }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  const t = useT();
  useEffect(() => {
    close.current = onClose;
  });

  // A layout effect, not a passive one: focus must move in the same commit
  // that shows the dialog, or a keystroke typed right after opening (and a
  // test that looks right after the dialog appears) lands behind it.
  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current!;
    const first = (initialFocus && dialog.querySelector<HTMLElement>(initialFocus)) || dialog.querySelector<HTMLElement>(FOCUSABLE) || dialog;
    first.focus();
    // Everything else on the page is inert (not focusable, hidden from screen readers).
    const siblings = [...document.body.children].filter((el) => el !== dialog.parentElement && !el.hasAttribute('inert'));
    siblings.forEach((el) => el.setAttribute('inert', ''));
    return () => {
      siblings.forEach((el) => el.removeAttribute('inert'));
      opener?.focus?.();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...ref.current!.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close.current()}>
      <div ref={ref} className="modal" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="modal-close" onClick={() => close.current()} aria-label={t('modal.close')}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>,
    document.body,
  );
}
