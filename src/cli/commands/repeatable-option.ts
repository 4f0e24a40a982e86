/**
 * Commander's argument parser for an option given several times (`--witness a --witness b`):
 * commander keeps only the last value unless each one is appended to the previous ones.
 */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
