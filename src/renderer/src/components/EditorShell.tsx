/**
 * The one shape of every editor dialog: a dialog around a form, the errors of a refused save
 * (each field shows its own; the rest are listed above the form; a count sits in the footer),
 * Cancel and Save, and room on the left of the footer for Delete or other actions; a write that
 * failed or met another window's change is said above the form, with Reload and Overwrite.
 */
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { SaveCancel } from './EditorButtons';
import { ErrorCount, ErrorSummary } from './FormErrors';
import type { Editor } from './useEditor';

type Props = {
  title: string;
  testId: string;
  editor: Editor;
  saveLabel: string;
  onSave: () => void;
  /** The form's layout class: a two-column grid unless said otherwise. */
  formClassName?: string;
  /** On the left of the footer: a delete button. */
  actions?: ReactNode;
  /** Just before Cancel and Save: another way to save (lock in place). */
  secondary?: ReactNode;
  /** What Cancel says and does (closing the editor, by default); null leaves it out. */
  cancel?: { label: string; onClick: () => void } | null;
  /** Above the form. */
  notice?: ReactNode;
  wide?: boolean;
  children: ReactNode;
};

/** An editor dialog: its form submits on Enter, and Save does the same. */
export function EditorShell(props: Props) {
  const { onSave, actions } = props;
  const { errors, unshown, saving, bindForm, close } = props.editor;
  const cancel = props.cancel === undefined ? { label: 'Cancel', onClick: close } : props.cancel;
  return (
    <Dialog
      title={props.title}
      onClose={close}
      wide={props.wide ?? true}
      testId={props.testId}
      footer={
        <SaveCancel
          saveLabel={props.saveLabel}
          saving={saving}
          onSave={onSave}
          onCancel={cancel?.onClick ?? null}
          cancelLabel={cancel?.label}
        >
          {actions}
          {actions ? <span className="spacer" /> : null}
          <ErrorCount errors={errors} />
          {props.secondary}
        </SaveCancel>
      }
    >
      {props.notice}
      <WriteProblemNotice editor={props.editor} />
      <ErrorSummary messages={unshown} />
      <form
        ref={bindForm}
        className={props.formClassName ?? 'form-grid'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        {props.children}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

/** Why a valid save was not written; after a conflict, the two ways on. */
function WriteProblemNotice({ editor }: { editor: Editor }) {
  const { problem, reload, overwrite } = editor;
  if (!problem) return null;
  return (
    <div className="notice critical" role="alert" data-testid="write-problem">
      <p>{problem.message}</p>
      {reload || overwrite ? (
        <div className="row-actions">
          {reload ? (
            <button type="button" className="button" onClick={reload}>
              Reload
            </button>
          ) : null}
          {overwrite ? (
            <button type="button" className="button danger" onClick={overwrite}>
              Overwrite
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
