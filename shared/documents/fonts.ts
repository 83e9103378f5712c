/** The document fonts (Noto Serif, OFL), as paths inside `@expo-google-fonts/noto-serif`. */
export const FONTS = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;

export const FONT_FILES: readonly string[] = Object.values(FONTS);
