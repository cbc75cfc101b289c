import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import './i18n';

// antd's responsive grid asks for media queries, which jsdom does not have
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: query.includes('min-width'),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

// nor ResizeObserver, which antd's text areas and tables use
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
