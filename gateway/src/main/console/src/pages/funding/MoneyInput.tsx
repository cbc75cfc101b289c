import { Input, type InputProps } from 'antd';
import type { Rule } from 'antd/es/form';

import i18n from '../../i18n';
import { isMoney, normaliseMoney, toAmount } from './money';

type MoneyInputProps = Omit<InputProps, 'value' | 'onChange'> & {
  value?: string | number;
  onChange?: (value: string) => void;
};

/**
 * An amount in yuan typed as text (never a float spinner): the value stays the string typed, tidied
 * to two decimals when the input is left, so what is sent is exactly what the person entered.
 */
export function MoneyInput({ value, onChange, onBlur, ...props }: MoneyInputProps) {
  return (
    <Input
      inputMode="decimal"
      autoComplete="off"
      prefix="¥"
      {...props}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => {
        const typed = normaliseMoney(e.target.value);
        if (typed && isMoney(typed)) onChange?.(toAmount(typed)!);
        onBlur?.(e);
      }}
    />
  );
}

/** The form rule for an amount: at most 13 digits and two decimals, optionally required. */
export function moneyRule(required = false): Rule {
  return {
    required,
    validator: async (_, value?: string | number) => {
      if (value === undefined || value === null || value === '') {
        if (required) throw new Error(i18n.t('grants.moneyRequired'));
        return;
      }
      if (!isMoney(String(value))) throw new Error(i18n.t('grants.moneyInvalid'));
    },
  };
}
