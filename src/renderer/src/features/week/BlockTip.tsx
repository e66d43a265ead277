/**
 * The details of a block whose text is cut, shown under it while it has the keyboard focus: a
 * mouse user gets them from its title on hover, a keyboard user would otherwise get them only
 * from a screen reader (the title is the button's accessible description). One element for the
 * whole grid, placed at the focused block.
 */
import { useEffect, useState, type RefObject } from 'react';

type Tip = { text: string; top: number; left: number; width: number };

/** Watches focus inside `body` and shows the focused block's details when its text is cut. */
export function BlockTip({ body }: { body: RefObject<HTMLDivElement | null> }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    // Whether the last input was a key: only then is a focused block's tip shown.
    let keyboard = false;
    const show = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('block-main')) {
        setTip(null);
        return;
      }
      const block = target.closest<HTMLElement>('.block');
      // Only for keyboard focus: a click focuses too, and so does a drag's end (the focus
      // follows the moved block), and the mouse has the title.
      if (!block?.dataset['cut'] || !keyboard) {
        setTip(null);
        return;
      }
      const area = root.getBoundingClientRect();
      const box = block.getBoundingClientRect();
      setTip({
        text: target.title,
        top: box.bottom - area.top + 2,
        left: box.left - area.left,
        width: Math.max(box.width, 180),
      });
    };
    const hide = () => setTip(null);
    const onKey = () => {
      keyboard = true;
    };
    const onPointer = () => {
      keyboard = false;
      hide();
    };
    root.addEventListener('focusin', show);
    root.addEventListener('focusout', hide);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      root.removeEventListener('focusin', show);
      root.removeEventListener('focusout', hide);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [body]);
  if (!tip) return null;
  return (
    <div
      className="block-tip"
      data-testid="block-tip"
      aria-hidden
      style={{ top: tip.top, left: tip.left, width: tip.width }}
    >
      {tip.text}
    </div>
  );
}
