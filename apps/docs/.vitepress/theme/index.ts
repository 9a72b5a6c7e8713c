import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { useOverlayFocus } from "./overlay-focus.js";
import "./custom.css";

export default {
  extends: DefaultTheme,
  setup() {
    useOverlayFocus();
  },
} satisfies Theme;
