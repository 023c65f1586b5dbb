// The unit sheets as the options of a drop-down: "Phường Hồng Hà (P. Hồng Hà)", or the sheet alone
// when the unit is named after it.

/** Option elements for a Select listing unit sheets (value = sheet name). */
export function unitOptions(units: readonly { sheet: string; unit: string }[]) {
  return units.map((u) => (
    <option key={u.sheet} value={u.sheet}>
      {u.unit === u.sheet ? u.sheet : `${u.unit} (${u.sheet})`}
    </option>
  ));
}
