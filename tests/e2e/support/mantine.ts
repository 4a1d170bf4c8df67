import type { Locator, Page } from 'playwright-core';

type Scope = Page | Locator;

function pageOf(scope: Scope): Page {
  return 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
}

/** The text input of a labelled field (radios and other controls with the same label excluded). */
export function field(scope: Scope, label: string | RegExp): Locator {
  return scope
    .getByRole('textbox', { name: label, exact: typeof label === 'string' })
    .or(scope.getByRole('combobox', { name: label, exact: typeof label === 'string' }))
    .first();
}

/** Types into a searchable select (local or remote options) and picks the option named `option`. */
export async function pick(
  scope: Scope,
  label: string | RegExp,
  search: string,
  option: string | RegExp,
): Promise<void> {
  const input = field(scope, label);
  await input.click();
  if (await input.isEditable()) await input.fill(search);
  await pageOf(scope).getByRole('option', { name: option }).first().click();
}

/** Follows a link of the main navigation. */
export async function navigate(page: Page, section: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: section, exact: true })
    .click();
}
