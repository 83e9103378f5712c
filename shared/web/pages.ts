/**
 * The site's pages: each is a path prefix and a folder of the web build. The local server, the
 * CloudFront function and the Vite build read this one list. The filing form is the home page.
 */
export const webPages = ['file', 'track', 'staff', 'dashboard'] as const;
export const homePage: (typeof webPages)[number] = 'file';
