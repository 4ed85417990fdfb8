// ESLint rule: visible text in JSX comes from the catalogue (src/locales),
// never written in the component. It reports JSX text with a letter in it, and
// string literals with a letter in the attributes people read or hear:
// aria-label, title, placeholder, alt, and the label, hint and unit props of
// our controls. Symbols and numbers ("×", "%", "2") pass; so do
// expressions, which is where `t('…')` goes. See docs/i18n.md.
const ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'hint', 'unit']);
const LETTER = /\p{L}/u;

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join('');
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression);
  if (node.type === 'ConditionalExpression') return literalText(node.consequent) ?? literalText(node.alternate);
  if (node.type === 'LogicalExpression') return literalText(node.right);
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'visible text in JSX must come from the message catalogue' },
    messages: {
      text: 'Visible text “{{text}}” is not from the catalogue: add a message to src/locales/en.po and use t(…) (docs/i18n.md).',
      attribute: '{{name}}="{{text}}" is not from the catalogue: add a message to src/locales/en.po and use t(…) (docs/i18n.md).',
    },
    schema: [],
  },
  create(context) {
    const short = (text) => (text.trim().length > 40 ? `${text.trim().slice(0, 37)}…` : text.trim());
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) context.report({ node, messageId: 'text', data: { text: short(node.value) } });
      },
      JSXExpressionContainer(node) {
        // {'words'} or {`words`} as a child is text too.
        if (node.parent?.type !== 'JSXElement' && node.parent?.type !== 'JSXFragment') return;
        const text = literalText(node.expression);
        if (text && LETTER.test(text)) context.report({ node, messageId: 'text', data: { text: short(text) } });
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !ATTRIBUTES.has(name)) return;
        const text = literalText(node.value);
        if (text && LETTER.test(text)) context.report({ node, messageId: 'attribute', data: { name, text: short(text) } });
      },
    };
  },
};
