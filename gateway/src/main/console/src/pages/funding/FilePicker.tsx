import { Button, type ButtonProps } from 'antd';
import { useRef, type ReactNode } from 'react';

/**
 * A button that opens the file chooser: the file input itself stays hidden (no control nested in
 * another, which screen readers stumble on), and the button is reached and pressed by keyboard.
 */
export function FilePicker({ accept, multiple, onFiles, children, loading, icon }: {
  accept?: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  children: ReactNode;
  loading?: boolean;
  icon?: ButtonProps['icon'];
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={typeof children === 'string' ? children : undefined}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <Button icon={icon} loading={loading} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
