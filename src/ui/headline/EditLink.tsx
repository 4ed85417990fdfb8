// "Edit the scenario": the editor one tap away (issue 9 point 3). On a phone
// the editor comes after every result, so this is a visible button beside the
// title; on a wide screen the editor is in view on the left and the link shows
// only when focused (a keyboard's way there). It moves focus into the editor,
// so the next Tab is its first field.
import { useT } from '../../i18n/react';

export function EditLink() {
  const t = useT();
  return (
    <a
      className="edit-link"
      href="#editor"
      onClick={(e) => {
        const editor = document.getElementById('editor');
        if (!editor) return;
        e.preventDefault();
        editor.scrollIntoView({ block: 'start' });
        editor.focus({ preventScroll: true });
      }}
    >
      {t('headline.edit')}
    </a>
  );
}
