// A translated sentence with an element inside it (a <code> sample, a link):
// the message marks the element's place with an argument that the caller
// fills with PLACE, and richText puts the element there. Words stay whole
// messages, so each language places the element where its grammar wants it.
import { Fragment, type ReactNode } from 'react';

/** The stand-in for an element inside a message. */
export const PLACE = '\u0000';

export function richText(text: string, ...elements: ReactNode[]): ReactNode[] {
  return text.split(PLACE).flatMap((piece, i) => (i < elements.length ? [piece, <Fragment key={i}>{elements[i]}</Fragment>] : [piece]));
}
