interface CheckboxGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange: (next: T[]) => void;
  className: string;
  itemClassName?: string;
}

function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

// Une case par valeur ; aucune case cochée veut dire « toutes ».
export function CheckboxGroup<T extends string>({ legend, values, labels, selected, onChange, className, itemClassName }: CheckboxGroupProps<T>) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className={itemClassName}>
          <input type="checkbox" checked={selected.includes(value)} onChange={() => onChange(toggleValue(selected, value))} /> {labels[value]}
        </label>
      ))}
    </fieldset>
  );
}
