// Runs in the browser: the theme's setup calls it in the app's root component.
/// <reference lib="dom" />
import { onMounted, onUnmounted } from "vue";

/** A part of VitePress's narrow layout that covers the page while it is open. */
interface Cover {
  /** Matches the open cover. */
  readonly open: string;
  /** The part of the layout that stays usable while it is open. */
  readonly keep: string;
  /** The button that opens and closes it. */
  readonly button: string;
  /** Only at these widths does it cover the page. */
  readonly media?: string;
}

const COVERS: readonly Cover[] = [
  // The menu (nav screen) lies under the navigation bar, whose title, search and menu button stay usable.
  { open: ".VPNavScreen", keep: ".VPNav", button: ".VPNavBarHamburger" },
  // The sidebar is a panel over the page below 960 px (VitePress's breakpoint); wider, it is beside it.
  { open: ".VPSidebar.open", keep: ".VPSidebar", button: ".VPLocalNav button.menu", media: "(max-width: 959px)" },
];

/** The layout's parts that can hold the focus (VitePress's backdrop cannot; its skip link's focus target is left alone). */
const REGIONS = ".Layout > :is(.VPSkipLink, .VPNav, .VPLocalNav, .VPSidebar, .VPContent, .VPFooter)";

/**
 * Keeps the keyboard focus inside the narrow layout's menu (the nav screen) and sidebar while
 * they cover the page (WCAG 2.4.3, 2.4.7). VitePress 1.6.4 leaves the page behind them in the Tab
 * order, so the focus walks on to links the reader cannot see, and the menu ignores Esc. Here the
 * rest of the layout is inert while one is open; Esc closes the menu; and when one closes with
 * the focus inside it, the focus goes back to the button that opens it.
 */
export function useOverlayFocus(): void {
  const made = new Set<Element>();
  let observer: MutationObserver | undefined;
  let queries: MediaQueryList[] = [];
  /** The cover open now and its element. */
  let current: { cover: Cover; element: Element } | undefined;

  function openCover(): { cover: Cover; element: Element } | undefined {
    for (const cover of COVERS) {
      const element = document.querySelector(cover.open);
      if (element && (cover.media === undefined || window.matchMedia(cover.media).matches)) return { cover, element };
    }
    return undefined;
  }

  function update(): void {
    const now = openCover();
    const keep = now ? document.querySelector(now.cover.keep) : null;
    const inert = new Set(keep ? [...document.querySelectorAll(REGIONS)].filter((e) => e !== keep) : []);
    for (const e of made) {
      if (!inert.has(e)) {
        e.removeAttribute("inert");
        made.delete(e);
      }
    }
    for (const e of inert) {
      if (!e.hasAttribute("inert")) {
        e.setAttribute("inert", "");
        made.add(e);
      }
    }
    if (current && current.element !== now?.element) {
      // Closed (Esc, its button, the backdrop): a focus left in it or lost goes back to its button.
      const active = document.activeElement;
      if (!active || active === document.body || current.element.contains(active)) {
        document.querySelector<HTMLElement>(current.cover.button)?.focus();
      }
    }
    current = now;
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== "Escape" || current?.cover !== COVERS[0]) return;
    // Esc in the search dialog opened from the menu closes the dialog only.
    if (event.target instanceof Element && event.target.closest(".VPLocalSearchBox")) return;
    const button = document.querySelector<HTMLButtonElement>(COVERS[0]!.button);
    button?.click();
    button?.focus();
  }

  onMounted(() => {
    queries = COVERS.flatMap((c) => (c.media === undefined ? [] : [window.matchMedia(c.media)]));
    for (const q of queries) q.addEventListener("change", update);
    // The menu is added and removed, the sidebar opens and closes by its class.
    observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
    document.addEventListener("keydown", onKeydown);
    update();
  });

  onUnmounted(() => {
    observer?.disconnect();
    for (const q of queries) q.removeEventListener("change", update);
    document.removeEventListener("keydown", onKeydown);
    for (const e of made) e.removeAttribute("inert");
    made.clear();
  });
}
