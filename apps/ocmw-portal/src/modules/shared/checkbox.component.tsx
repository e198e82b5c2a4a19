/** A checkbox inside its label, telling whether it was ticked or cleared. */
export function Checkbox(props: {
  class: string;
  name?: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  label: string;
}) {
  return (
    <label class={props.class}>
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChecked(event.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
