// Hands a file to the browser as a download: no server, no network request.

export function saveFile(file: { fileName: string; bytes: Uint8Array; type: string }): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL can go once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
