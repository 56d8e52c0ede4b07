/**
 * Form methods that @types/google-apps-script 2.0.7 lacks. Forms created through the API after 2026-06-30 start
 * unpublished and take no responses until published:
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
 * https://developers.google.com/apps-script/reference/forms/form#isPublished()
 * https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 * Drop this file once the bundled types have them.
 */
declare namespace GoogleAppsScript.Forms {
  interface Form {
    isPublished(): boolean;
    setPublished(enabled: boolean): Form;
  }
}
