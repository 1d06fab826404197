/**
 * Says that a write went through. The live region is there before its message, so that screen
 * readers announce the message when it appears; it is empty while there is none.
 */
export function SavedNotice({ message }: { message: string }) {
  return (
    <div role="status" className="saved-notice">
      {message && <p className="notice notice-success">{message}</p>}
    </div>
  );
}
