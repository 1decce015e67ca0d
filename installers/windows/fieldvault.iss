; Inno Setup 6.3+ script: a per-user installer for Windows (no administrator rights).
; Built by installers/windows/build.ps1, which passes the version and the bundle folder:
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=..\..\build\installer\dist\fieldvault
;            /DOutputDir=..\..\dist installers\windows\fieldvault.iss
; Not built or run on the Linux build machine; see installers/README.md.

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (build.ps1 does).
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\installer\dist\fieldvault"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6D0C5B8E-3F0B-4C52-9F64-2B8E8C1A7F31}
AppName=Fieldvault
AppVersion={#AppVersion}
AppPublisher=Fieldvault maintainers
AppComments=Offline, encrypted case book for field research on people at risk
; Per user: installs under %LOCALAPPDATA%\Programs\Fieldvault, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Fieldvault
DefaultGroupName=Fieldvault
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=fieldvault-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Fieldvault {#AppVersion}
UninstallDisplayIcon={app}\fieldvault-app.exe
; Reproducible-ish: the timestamp of files in the installer comes from the files themselves.
TimeStampsInUTC=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Fieldvault"; Filename: "{app}\fieldvault-app.exe"; WorkingDir: "{userdocs}"
Name: "{autoprograms}\Uninstall Fieldvault"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Fieldvault"; Filename: "{app}\fieldvault-app.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldvault-app.exe"; Description: "{cm:LaunchProgram,Fieldvault}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there: vaults live in the user's folders and are never touched.
Type: filesandordirs; Name: "{app}\_internal"
