import type { FormInstance } from 'antd';
import { useEffect } from 'react';

/*
 * Half-filled forms live in sessionStorage, written on every change: when the session runs out
 * and the console signs in again (a full-page round trip to Keycloak), the form comes back as it was.
 */
const PREFIX = 'console.draft.';

export function readDraft<T>(key: string): T | undefined {
  const stored = sessionStorage.getItem(PREFIX + key);
  return stored ? (JSON.parse(stored) as T) : undefined;
}

export function saveDraft(key: string, values: unknown): void {
  sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
}

export function clearDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}

/** Restores the form's draft once, and returns the handler that keeps the draft current. */
export function useDraft<T extends object>(form: FormInstance<T>, key: string) {
  useEffect(() => {
    const draft = readDraft<T>(key);
    if (draft) form.setFieldsValue(draft as Parameters<typeof form.setFieldsValue>[0]);
  }, [form, key]);
  return {
    onValuesChange: (_: unknown, all: T) => saveDraft(key, all),
    clear: () => clearDraft(key),
  };
}
