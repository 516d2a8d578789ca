// What the grid tells the cell editor it opens, through AG Grid's context: whether to select the text it holds.

/** Given to the cell editor as the grid's context: whether the edit the app starts selects the text (「新分组」). */
export class EditHint {
  private selectNext = false;

  /** The next edit opened selects its text. */
  selectOnce(on: boolean): void {
    this.selectNext = on;
  }

  /** Whether this edit selects its text; asked once, by the editor as it opens. */
  take(): boolean {
    const on = this.selectNext;
    this.selectNext = false;
    return on;
  }
}
