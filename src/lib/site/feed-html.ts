import { escapeMarkup } from './escape-markup.ts';

/**
 * A feed entry's description as HTML, which is how RSS readers render `<description>`: each line
 * of the minutes' text escaped, so that `<script>` in a title arrives as those characters and never
 * as markup (the RSS serializer escapes for XML only, which a reader undoes before rendering).
 */
export function feedHtml(lines: readonly string[]): string {
	return lines.map(escapeMarkup).join('<br>\n');
}
