/**
 * The two buttons of an import: check the file first (a dry run that changes nothing), then run it
 * for real. `onRun` gets `true` for the check.
 */
export function CheckThenRun(props: {
  labels: { check: string; run: string };
  checkDisabled: boolean;
  runDisabled: boolean;
  onRun: (dryRun: boolean) => void;
}) {
  const step = (dryRun: boolean) => ({
    class: dryRun ? 'button button--secondary' : 'button button--primary',
    disabled: dryRun ? props.checkDisabled : props.runDisabled,
    onClick: () => props.onRun(dryRun),
  });
  return (
    <div class="button-row">
      <button type="button" {...step(true)}>
        {props.labels.check}
      </button>
      <button type="button" {...step(false)}>
        {props.labels.run}
      </button>
    </div>
  );
}
