declare module 'virtual:regulation-articles' {
  const texts: Readonly<Record<'ikdp' | 'itkfdp-ii', Readonly<Record<string, string>>>>;
  export default texts;
}
