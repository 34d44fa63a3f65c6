/** The API key lives in this tab's sessionStorage only: gone when the tab closes, never in localStorage or a cookie. */
const KEY = 'trunkline.apiKey';

export const session = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (apiKey: string) => sessionStorage.setItem(KEY, apiKey),
  clear: () => sessionStorage.removeItem(KEY),
};
