/** The one visible focus style for links and controls (WCAG 2.4.7): a ring offset from the element. */
export const focusRing =
  "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:ring-offset-white";
